-- The readiness levels are data of the versioned readiness policy (levels: code, order, label; fallback), no
-- longer a fixed list: the checks that named the four default levels go. INELIGIBLE stays the platform's own code.
do $$
declare c record;
begin
    for c in select conrelid::regclass as tbl, conname from pg_constraint
             where contype = 'c' and pg_get_constraintdef(oid) like '%READY_NOW%' loop
        execute format('alter table %s drop constraint %I', c.tbl, c.conname);
    end loop;
end $$;
