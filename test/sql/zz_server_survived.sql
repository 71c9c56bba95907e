--
-- zz_server_survived.sql: runs last (tests run in name order).  No test
-- crashed the server: after a backend crash the postmaster restarts every
-- child process, the checkpointer too, so its start would be well after
-- the postmaster's (pg_postmaster_start_time() itself does not change).
--
SELECT count(*) AS checkpointers,
	bool_and(backend_start < pg_postmaster_start_time() + interval '10 seconds')
		AS never_restarted
FROM pg_stat_activity
WHERE backend_type = 'checkpointer';
