package com.harbordocs.storage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

@Service
public class DocumentArchiveService {

    private static final Logger log = LoggerFactory.getLogger(DocumentArchiveService.class);

    private final S3Client s3;
    private final String bucket;
    private final int retentionDays;

    public DocumentArchiveService(
            S3Client s3,
            @Value("${archive.bucket}") String bucket,
            @Value("${archive.retention-days:2555}") int retentionDays) {
        this.s3 = s3;
        this.bucket = bucket;
        this.retentionDays = retentionDays;
    }

    public ArchivedDocument archive(String tenantId, String fileName, String contentType, byte[] content) {
        String key = "tenants/%s/%s/%s".formatted(tenantId, UUID.randomUUID(), sanitize(fileName));
        Instant retainUntil = Instant.now().plus(retentionDays, ChronoUnit.DAYS);

        PutObjectRequest request = PutObjectRequest.builder()
                .bucket(bucket)
                .key(key)
                .contentType(contentType)
                .contentLength((long) content.length)
                .serverSideEncryption(ServerSideEncryption.AWS_KMS)
                .objectLockMode(ObjectLockMode.COMPLIANCE)
                .objectLockRetainUntilDate(retainUntil)
                .metadata(Map.of("tenant", tenantId))
                .build();

        PutObjectResponse response = s3.putObject(request, RequestBody.fromBytes(content));
        log.info("archived {} bytes to s3://{}/{} (version {})", content.length, bucket, key, response.versionId());

        return new ArchivedDocument(key, response.versionId(), retainUntil);
    }

    private static String sanitize(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    public record ArchivedDocument(String key, String versionId, Instant retainUntil) {
    }
}
