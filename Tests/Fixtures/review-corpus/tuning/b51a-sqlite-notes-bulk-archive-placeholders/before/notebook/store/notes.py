import sqlite3
from dataclasses import dataclass
from typing import Iterable


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
        cur = self.conn.execute(
            "UPDATE notes SET archived = 1 WHERE owner_id = ? AND id = ?",
            (owner_id, note_id),
        )
        self.conn.commit()
        return cur.rowcount == 1
