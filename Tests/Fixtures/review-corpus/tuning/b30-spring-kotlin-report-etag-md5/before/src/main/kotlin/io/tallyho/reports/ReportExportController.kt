package io.tallyho.reports

import io.tallyho.security.CurrentUser
import io.tallyho.security.UserPrincipal
import org.springframework.http.ContentDisposition
import org.springframework.http.HttpHeaders
import org.springframework.http.MediaType
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.RequestParam
import org.springframework.web.bind.annotation.RestController
import java.time.LocalDate
import java.time.format.DateTimeFormatter

@RestController
@RequestMapping("/api/reports")
class ReportExportController(
    private val reports: ReportService,
    private val csv: CsvWriter,
) {

    @GetMapping("/{reportId}/export.csv")
    fun exportCsv(
        @PathVariable reportId: Long,
        @RequestParam(required = false) from: LocalDate?,
        @RequestParam(required = false) to: LocalDate?,
        @CurrentUser user: UserPrincipal,
    ): ResponseEntity<ByteArray> {
        val report = reports.load(user.workspaceId, reportId)
            ?: return ResponseEntity.notFound().build()

        val range = DateRange(
            from ?: LocalDate.now().minusDays(30),
            to ?: LocalDate.now(),
        )
        val rows = reports.rows(report, range)
        val body = csv.write(report.columns, rows)

        val fileName = "%s-%s.csv".format(
            report.slug,
            range.to.format(DateTimeFormatter.ISO_LOCAL_DATE),
        )
        return ResponseEntity.ok()
            .contentType(MediaType("text", "csv", Charsets.UTF_8))
            .header(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString(),
            )
            .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
            .body(body)
    }

    @GetMapping("/{reportId}/columns")
    fun columns(
        @PathVariable reportId: Long,
        @CurrentUser user: UserPrincipal,
    ): ResponseEntity<List<ColumnView>> {
        val report = reports.load(user.workspaceId, reportId)
            ?: return ResponseEntity.notFound().build()
        return ResponseEntity.ok(report.columns.map(ColumnView::of))
    }
}