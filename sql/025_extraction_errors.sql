-- Extraction bookkeeping for the `extract` step (pipeline/events.py).
-- A text the extractor fails on is recorded here and the run goes on; the article keeps the
-- events of its last good extraction and is tried again when the extractor version changes.

ALTER TABLE articles ADD COLUMN extraction_error text;
COMMENT ON COLUMN articles.extraction_error IS
    'Why the last extraction of this text failed (exception and message); NULL after a success';
COMMENT ON COLUMN articles.extracted_version IS
    'Extractor version that last processed this text (events were replaced, or the error recorded)';
