import Drivers
import GRDB

/// The history database cannot be opened: which file, and why in words (never `SQLite error 14`).
package struct HistoryOpenError: ActionableError, Sendable {
    /// Why the database cannot be used.
    package enum Cause: Sendable, Hashable {
        /// There is no database file (read commands never create one).
        case missing
        /// The file or its directory cannot be opened (SQLite's CANTOPEN, PERM, AUTH).
        case cannotOpen
        /// The file or its directory is read-only to this user or on a read-only file system.
        case readOnly
        /// The file is not a SQLite database, or is damaged.
        case notADatabase
        /// The device is full.
        case full
        /// Another process holds a lock on it for too long.
        case busy
        /// A newer berth wrote it: it holds schema migrations this berth does not know, and opening it could lose
        /// what they keep.
        case newerSchema(unknown: [String])
        /// Anything else SQLite said, in its own words.
        case other(String)
    }

    /// The database file.
    package let databasePath: String
    package let cause: Cause

    package init(path: String, _ cause: Cause) {
        databasePath = path
        self.cause = cause
    }

    /// Translates what SQLite (through GRDB) said about opening `path`.
    init(path: String, _ error: any Error) {
        guard let error = error as? DatabaseError else {
            self.init(path: path, .other("\(error)"))
            return
        }
        let cause: Cause =
            switch error.resultCode {
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: .cannotOpen
            case .SQLITE_READONLY: .readOnly
            case .SQLITE_NOTADB, .SQLITE_CORRUPT: .notADatabase
            case .SQLITE_FULL: .full
            case .SQLITE_BUSY, .SQLITE_LOCKED: .busy
            default: .other(error.message ?? "\(error.resultCode)")
            }
        self.init(path: path, cause)
    }

    package var path: String? { databasePath }

    package var summary: String {
        switch cause {
        case .missing: "history \(databasePath): no such file"
        case .cannotOpen:
            "history \(databasePath) cannot be opened: its directory or the file is not readable and writable by "
                + "this user, or the directory is missing"
        case .readOnly: "history \(databasePath) is read-only (file permissions or a read-only file system)"
        case .notADatabase: "history \(databasePath) is not a berth database (not SQLite, or damaged)"
        case .full: "history \(databasePath): no space left on the device"
        case .busy: "history \(databasePath) is locked by another process"
        case .newerSchema(let unknown):
            "history \(databasePath) was written by a newer berth (schema version \(HistorySchema.version) here; "
                + "it also has \(unknown.joined(separator: ", "))): this berth leaves it untouched"
        case .other(let text): "history \(databasePath): \(text)"
        }
    }

    package var hint: String? {
        switch cause {
        case .missing: nil
        case .cannotOpen, .readOnly:
            "run berth as the user that owns the state dir, or choose another one (stateDir in the controller "
                + "config, or --state-dir)"
        case .notADatabase: "move the file away; berth starts a new history (running containers are not affected)"
        case .full: "free space on that file system"
        case .busy: "wait for the other berth process to finish, or stop it"
        case .newerSchema: "run the newer berth (berth version --output json says each one's schema version)"
        case .other: nil
        }
    }
}
