INSERT INTO revisions (report_key, number, created_at, created_by, content) SELECT key, 2, '2001-01-01T00:00:00Z', '伪造', '{"kind":"report","parts":[{"kind":"part","partKind":"measures"}]}' FROM reports;
UPDATE revisions SET content = '{"kind":' WHERE number = 1;
