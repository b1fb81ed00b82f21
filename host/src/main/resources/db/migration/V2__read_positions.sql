-- How far each agent has read each conversation: the inbox shows a conversation as unread
-- while it has customer messages after this position.
CREATE TABLE conversation_reads (
    user_id               BIGINT NOT NULL REFERENCES users (id),
    conversation_id       BIGINT NOT NULL REFERENCES conversations (id),
    last_read_message_id  BIGINT NOT NULL,
    read_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, conversation_id)
);
