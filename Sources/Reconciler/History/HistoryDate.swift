import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#endif

/// How history stores dates: GRDB's own text form, `yyyy-MM-dd HH:mm:ss.SSS` in UTC, written without Foundation's
/// `DateFormatter` (which loads ICU's calendar and locale data into every berth process that writes history).
enum HistoryDate {
    /// `date` as stored text; GRDB reads it back as a `Date`.
    static func text(_ date: Date) -> String {
        let total = Int64((date.timeIntervalSince1970 * 1000).rounded())
        var seconds = time_t(total >= 0 ? total / 1000 : (total - 999) / 1000)
        let milliseconds = Int(total - Int64(seconds) * 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d-%02d-%02d %02d:%02d:%02d.%03d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), milliseconds
        )
    }
}

/// A history table's row: its dates are stored by ``HistoryDate``.
protocol HistoryRecord: EncodableRecord {}

extension HistoryRecord {
    static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy {
        .custom { HistoryDate.text($0) }
    }
}
