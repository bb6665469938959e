import Foundation

/// The large diff of `berth bench review`.
enum LargeDiff {
    /// A generated first-deploy diff of about `bytes` bytes over about ``fileCount`` files: source files in six
    /// languages plus Dockerfiles, each a new file, with the words rules look for (`select`, `token`, `exec`, `from`,
    /// `password`) in benign code, so the benchmark measures the rules and not only the prefilter. Deterministic.
    static func make(bytes: Int) -> String {
        var patch = ""
        patch.reserveCapacity(bytes + 4096)
        var file = 0
        let linesPerFile = max(1, bytes / fileCount / averageLineBytes)
        while patch.utf8.count < bytes {
            let (suffix, template) = templates[file % templates.count]
            let path = "src/module\(file / 50)/file\(file)\(suffix)"
            let lines = (0..<linesPerFile).map { template.replacingOccurrences(of: "#", with: "\(file * 1000 + $0)") }
            patch += "diff --git a/\(path) b/\(path)\nnew file mode 100644\nindex 0000000..1234567\n--- /dev/null\n"
            patch += "+++ b/\(path)\n@@ -0,0 +1,\(lines.count) @@\n"
            for line in lines { patch += "+\(line)\n" }
            file += 1
        }
        return patch
    }

    /// How many files the diff spreads over, whatever its size (the issue's 5 MB diff is over 200 files).
    static let fileCount = 200
    /// About how long a generated line is, with its `+`.
    private static let averageLineBytes = 128

    private static let templates: [(String, String)] = [
        (
            ".js",
            #"export async function handler#(req, res) { const rows = await db.query("SELECT id FROM items WHERE owner = ?", [req.user.id]); res.json({ rows, token_count: # }); }"#
        ),
        (
            ".py",
            #"def update_row_#(cursor, row_id, password_hash):  cursor.execute("UPDATE users SET password_hash = %s WHERE id = %s", (password_hash, row_id))"#
        ),
        (
            ".go",
            #"func Delete#(ctx context.Context, db *sql.DB, id string) error { _, err := db.ExecContext(ctx, "DELETE FROM items WHERE id = $1", id); return err }"#
        ),
        (".rb", #"  def fetch_#(id) = Item.where("id = ?", id).select(:name, :token_digest).first"#),
        (".php", #"$stmt# = $pdo->prepare('SELECT name FROM items WHERE id = :id'); $stmt#->execute(['id' => $id]);"#),
        (
            ".java",
            #"    PreparedStatement ps# = conn.prepareStatement("INSERT INTO audit (event, actor) VALUES (?, ?)");"#
        ),
        (".dockerfile", #"RUN echo "step #" && apk add --no-cache curl=8.5.0-r0 && rm -rf /var/cache/apk/*"#),
    ]
}
