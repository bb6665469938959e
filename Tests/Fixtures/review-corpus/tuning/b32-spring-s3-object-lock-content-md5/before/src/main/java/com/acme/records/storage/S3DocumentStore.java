package com.acme.records.storage;

import java.io.InputStream;
import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.GetObjectPresignRequest;

@Component
public class S3DocumentStore implements DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(S3DocumentStore.class);

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final String kmsKeyId;

    public S3DocumentStore(S3Client s3,
                           S3Presigner presigner,
                           @Value("${records.s3.bucket}") String bucket,
                           @Value("${records.s3.kms-key-id}") String kmsKeyId) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.kmsKeyId = kmsKeyId;
    }

    @Override
    public StoredDocument put(UUID tenantId, String contentType, byte[] content) {
        String key = "tenants/%s/documents/%s".formatted(tenantId, UUID.randomUUID());
        PutObjectRequest request = PutObjectRequest.builder()
                .bucket(bucket)
                .key(key)
                .contentType(contentType)
                .contentLength((long) content.length)
                .serverSideEncryption(ServerSideEncryption.AWS_KMS)
                .ssekmsKeyId(kmsKeyId)
                .build();
        s3.putObject(request, RequestBody.fromBytes(content));
        log.debug("stored {} ({} bytes) for tenant {}", key, content.length, tenantId);
        return new StoredDocument(key, content.length, contentType);
    }

    @Override
    public InputStream open(String key) {
        return s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build());
    }

    @Override
    public String presignedUrl(String key, Duration ttl) {
        GetObjectPresignRequest presign = GetObjectPresignRequest.builder()
                .signatureDuration(ttl)
                .getObjectRequest(r -> r.bucket(bucket).key(key))
                .build();
        return presigner.presignGetObject(presign).url().toString();
    }
}
