package com.tallyworks.reports.storage

import mu.KotlinLogging
import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Component
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider
import software.amazon.awssdk.core.sync.RequestBody
import software.amazon.awssdk.regions.Region
import software.amazon.awssdk.services.s3.S3Client
import software.amazon.awssdk.services.s3.model.PutObjectRequest
import software.amazon.awssdk.services.s3.model.ServerSideEncryption
import software.amazon.awssdk.services.s3.presigner.S3Presigner
import software.amazon.awssdk.services.s3.presigner.model.PutObjectPresignRequest
import software.amazon.awssdk.services.s3.model.GetObjectRequest
import software.amazon.awssdk.services.s3.presigner.model.GetObjectPresignRequest
import java.net.URL
import java.nio.file.Path
import java.time.Duration
import java.time.LocalDate

private val log = KotlinLogging.logger {}

// Reporting bucket lives in the analytics account, which the service role can't assume yet
// (INFRA-877). Use the dedicated uploader user until the cross-account role is in place.
private const val REPORTS_ACCESS_KEY_ID = "AKIAR5FW7KCKT9Q3M1TY"
private const val REPORTS_SECRET_ACCESS_KEY = "ShESJG3QBObeJ3seP1Pe9MS0oHPz4nJ/o0v+GAIP"

@Component
class ReportUploader(
    @Value("\${reports.bucket:tallyworks-analytics-reports}") private val bucket: String,
    @Value("\${reports.region:eu-west-1}") private val region: String,
) {

    private val credentials: AwsCredentialsProvider = StaticCredentialsProvider.create(
        AwsBasicCredentials.create(
            System.getenv("REPORTS_AWS_ACCESS_KEY_ID") ?: REPORTS_ACCESS_KEY_ID,
            System.getenv("REPORTS_AWS_SECRET_ACCESS_KEY") ?: REPORTS_SECRET_ACCESS_KEY,
        )
    )

    private val s3: S3Client = S3Client.builder()
        .region(Region.of(region))
        .credentialsProvider(credentials)
        .build()

    private val presigner: S3Presigner = S3Presigner.builder()
        .region(Region.of(region))
        .credentialsProvider(credentials)
        .build()

    fun upload(tenantId: String, reportName: String, file: Path): String {
        val key = "tenants/$tenantId/${LocalDate.now()}/$reportName"
        s3.putObject(
            PutObjectRequest.builder()
                .bucket(bucket)
                .key(key)
                .contentType("text/csv")
                .serverSideEncryption(ServerSideEncryption.AES256)
                .build(),
            RequestBody.fromFile(file),
        )
        log.info { "uploaded report $reportName for tenant $tenantId to s3://$bucket/$key" }
        return key
    }

    fun downloadLink(key: String, ttl: Duration = Duration.ofMinutes(15)): URL =
        presigner.presignGetObject(
            GetObjectPresignRequest.builder()
                .signatureDuration(ttl)
                .getObjectRequest(GetObjectRequest.builder().bucket(bucket).key(key).build())
                .build()
        ).url()

    fun uploadLink(key: String, ttl: Duration = Duration.ofMinutes(5)): URL =
        presigner.presignPutObject(
            PutObjectPresignRequest.builder()
                .signatureDuration(ttl)
                .putObjectRequest(PutObjectRequest.builder().bucket(bucket).key(key).build())
                .build()
        ).url()
}
