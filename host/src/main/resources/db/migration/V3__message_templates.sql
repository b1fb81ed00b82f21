-- A reply sent as a provider-approved template (WhatsApp outside its 24-hour window) keeps the
-- template it named, so every delivery attempt sends exactly that: {"name","language","parameters"}.
ALTER TABLE messages ADD COLUMN template_json VARCHAR;
