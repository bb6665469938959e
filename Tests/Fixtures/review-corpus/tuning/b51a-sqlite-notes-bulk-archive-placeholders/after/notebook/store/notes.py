import sqlite3
from dataclasses import dataclass
from typing import Iterable

MAX_BATCH = 500


@dataclass
class Note:
    id: int
    owner_id: int
    title: str
    body: str
    archived: bool


class NoteStore:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def list_for_owner(self, owner_id: int, include_archived: bool = False) -> list[Note]:
        sql = "SELECT id, owner_id, title, body, archived FROM notes WHERE owner_id = ?"
        if not include_archived:
            sql += " AND archived = 0"
        rows = self.conn.execute(sql + " ORDER BY updated_at DESC", (owner_id,)).fetchall()
        return [Note(**dict(r)) for r in rows]

    def archive(self, owner_id: int, note_id: int) -> bool:
        return self.archive_many(owner_id, [note_id]) == 1

    def archive_many(self, owner_id: int, note_ids: Iterable[int]) -> int:
        ids = [int(i) for i in note_ids]
        if not ids:
            return 0
        if len(ids) > MAX_BATCH:
            raise ValueError(f"at most {MAX_BATCH} notes per batch")
        placeholders = ", ".join("?" for _ in ids)
        cur = self.conn.execute(
            f"UPDATE notes SET archived = 1 WHERE owner_id = ? AND id IN ({placeholders})",
            [owner_id, *ids],
        )
        self.conn.commit()
        return cur.rowcount
