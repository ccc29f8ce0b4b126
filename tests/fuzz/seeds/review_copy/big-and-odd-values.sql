UPDATE nodes SET text = printf('%.*c', 200000, 'x') WHERE kind = 'paragraph';
UPDATE nodes SET heading = char(0x202e, 0, 7) || heading WHERE kind = 'part';
UPDATE nodes SET position = 1000000, part_kind = 'nonsense', point_style = NULL WHERE kind = 'part';
UPDATE reports SET year = -2147483648, date = 'not a date', created_at = '', uuid = 'not-a-uuid';
UPDATE comments SET node_uuid = '', created_at = 'x', kind = 'other', revision = 9223372036854775807;
INSERT INTO check_ignores (report_key, entries) SELECT key, '[{"rule":1},null,"x"]' FROM reports;
