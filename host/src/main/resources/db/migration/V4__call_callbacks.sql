-- Calls the desk placed (an agent calling a customer back) next to the calls customers made,
-- and the callback a missed call or voicemail is owed: when it is due and when a later answered
-- call between the same people settled it. V4 leaves room for migrations of work in progress.

ALTER TABLE calls ADD COLUMN direction VARCHAR(10) NOT NULL DEFAULT 'inbound';
ALTER TABLE calls ADD COLUMN callback_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE calls ADD COLUMN callback_completed_at TIMESTAMP WITH TIME ZONE;
-- The agent's request that placed an outbound call; a retried request finds its call again.
ALTER TABLE calls ADD COLUMN request_id VARCHAR(100);

CREATE INDEX calls_conversation ON calls (conversation_id, started_at);
CREATE UNIQUE INDEX calls_request ON calls (conversation_id, request_id);
