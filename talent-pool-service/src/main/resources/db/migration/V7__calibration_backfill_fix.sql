-- V4 ended calibrations replaced before it at their own start time and gave every earlier calibration the review
-- year of the placement's current one. A replaced calibration ended when the next one was made, and its review
-- period is not known.
update calibration c set ended_at = n.next_at, review_year = null
  from (select id, lead(at) over (partition by participant_id order by id) as next_at from calibration) n
 where n.id = c.id and n.next_at is not null and c.end_reason = 'REPLACED' and c.ended_at = c.at;
