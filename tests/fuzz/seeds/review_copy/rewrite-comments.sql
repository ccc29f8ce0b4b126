UPDATE comments SET text = '改写的批注', author = '冒名', state = 'accepted', closed_by = '冒名', closed_at = '2030-01-01T00:00:00Z';
UPDATE comments SET parent_uuid = uuid WHERE kind = 'reply';
UPDATE comments SET range_start = 5, range_end = 2, quote = '不存在的引文' WHERE kind = 'comment';
