PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql, 'TEXT    NOT NULL DEFAULT ''''', 'BLOB') WHERE name = 'comments';
PRAGMA writable_schema = OFF;
