-- Which server ran a task run (Payara instance name @ host name). A server that starts again (restart,
-- redeploy, kill -9 and resume) knows its own RUNNING runs can no longer end and fails them at once;
-- before, they held their task's one-running slot until they were a minute old at startup, or until
-- resilience.task.lost-after-minutes (15) when the startup came sooner than that.
ALTER TABLE task_run ADD COLUMN runner varchar(255);
