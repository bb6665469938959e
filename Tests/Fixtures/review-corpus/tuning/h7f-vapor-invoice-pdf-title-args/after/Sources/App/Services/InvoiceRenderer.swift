import Foundation
import Leaf
import Vapor

/// Renders invoices to PDF by feeding the Leaf HTML through wkhtmltopdf.
struct InvoiceRenderer {
    let app: Application

    enum RenderError: Error, CustomStringConvertible {
        case toolFailed(Int32, String)

        var description: String {
            switch self {
            case let .toolFailed(code, stderr): return "wkhtmltopdf exited \(code): \(stderr)"
            }
        }
    }

    private var binary: URL {
        URL(fileURLWithPath: Environment.get("WKHTMLTOPDF_PATH") ?? "/usr/local/bin/wkhtmltopdf")
    }

    func render(_ invoice: Invoice, on req: Request) async throws -> Data {
        let view = try await req.view.render("invoices/pdf", InvoiceContext(invoice))
        let html = Data(buffer: view.data)

        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("invoice-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }

        let input = dir.appendingPathComponent("invoice.html")
        let output = dir.appendingPathComponent("invoice.pdf")
        try html.write(to: input)

        let process = Process()
        process.executableURL = binary
        // Finance wants the PDF title and footer to carry the customer and
        // invoice number so they are readable in mail clients' previews.
        // Each value is its own argv element; no shell is involved.
        let title = "Invoice \(invoice.number) - \(invoice.customerName)"
        let pageSize = ["A4", "Letter", "Legal"].contains(invoice.customerPaperSize ?? "")
            ? invoice.customerPaperSize!
            : "A4"
        process.arguments = [
            "--quiet",
            "--disable-local-file-access",
            "--page-size", pageSize,
            "--title", title,
            "--footer-font-size", "8",
            "--footer-center", "\(invoice.customerName) | page [page] of [topage]",
            input.path,
            output.path,
        ]
        let stderr = Pipe()
        process.standardError = stderr

        try process.run()
        process.waitUntilExit()

        guard process.terminationStatus == 0 else {
            let text = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw RenderError.toolFailed(process.terminationStatus, text)
        }
        return try Data(contentsOf: output)
    }
}
