-- Defaults of DOMAIN.md ("practice"/"default"), shipped as version 1 of each policy; admin may publish new versions.
insert into policy (kind, version, document, created_by) values ('NINE_BOX', 1, '{
  "performanceMapping": {"SANGAT_BAIK": "ABOVE", "BAIK": "MEETS", "BUTUH_PERBAIKAN": "BELOW", "KURANG": "BELOW", "SANGAT_KURANG": "BELOW"},
  "unratedPerformance": "BELOW",
  "grid": {
    "TINGGI":   {"BELOW": 6, "MEETS": 8, "ABOVE": 9},
    "MENENGAH": {"BELOW": 3, "MEETS": 5, "ABOVE": 7},
    "RENDAH":   {"BELOW": 1, "MEETS": 2, "ABOVE": 4}
  },
  "recommendedActions": {
    "9": ["PROMOTE", "RETAIN", "SUCCESSION_GROUP_AGENCY_NATIONAL", "AWARD"],
    "8": ["RETAIN", "SUCCESSION_GROUP", "ROTATION_JOB_ENLARGEMENT", "PERFORMANCE_COACHING"],
    "7": ["RETAIN", "SUCCESSION_GROUP", "ROTATION_JOB_ENRICHMENT", "COMPETENCY_DEVELOPMENT", "STUDY_ASSIGNMENT"],
    "6": ["SUITABLE_PLACEMENT", "PERFORMANCE_COACHING", "COUNSELLING"],
    "5": ["SUITABLE_PLACEMENT", "PERFORMANCE_COACHING", "COMPETENCY_DEVELOPMENT"],
    "4": ["ROTATION", "COMPETENCY_DEVELOPMENT"],
    "3": ["PERFORMANCE_COACHING", "COUNSELLING", "COMPETENCY_DEVELOPMENT", "SUITABLE_PLACEMENT"],
    "2": ["PERFORMANCE_COACHING", "COMPETENCY_DEVELOPMENT", "SUITABLE_PLACEMENT"],
    "1": ["HANDLED_UNDER_APPLICABLE_REGULATIONS"]
  },
  "poolBoxes": [7, 8, 9]
}'::jsonb, 'system');

insert into policy (kind, version, document, created_by) values ('READINESS', 1, '{
  "rules": [
    {"readiness": "READY_NOW",          "boxes": [8, 9],          "minTargetFit": 90},
    {"readiness": "READY_1_2_YEARS",    "boxes": [7, 8, 9],       "minTargetFit": 78},
    {"readiness": "READY_3_PLUS_YEARS", "boxes": [5, 6, 7, 8, 9], "minTargetFit": 68}
  ],
  "feederLevels": {
    "JPT_PRATAMA":   ["ADMINISTRATOR", "AHLI_MADYA"],
    "ADMINISTRATOR": ["PENGAWAS", "AHLI_MUDA"],
    "PENGAWAS":      ["PELAKSANA", "AHLI_PERTAMA", "PENYELIA"]
  },
  "allowLateral": true,
  "retirementExclusionMonths": 12,
  "vacancyRisk": {"highWithinMonths": 12, "mediumWithinMonths": 24},
  "candidateScope": "ORGANISATION"
}'::jsonb, 'system');
