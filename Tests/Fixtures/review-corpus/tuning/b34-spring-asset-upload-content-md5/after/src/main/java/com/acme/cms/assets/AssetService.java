package com.acme.cms.assets;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

@Service
public class AssetService {

    private static final Logger log = LoggerFactory.getLogger(AssetService.class);
    private static final long MAX_BYTES = 25L * 1024 * 1024;

    private final S3Client s3;
    private final AssetRepository assets;
    private final AssetProperties props;
    private final Clock clock;

    public AssetService(S3Client s3, AssetRepository assets, AssetProperties props, Clock clock) {
        this.s3 = s3;
        this.assets = assets;
        this.props = props;
        this.clock = clock;
    }

    @Transactional
    public Asset upload(long siteId, MultipartFile file) throws IOException {
        if (file.getSize() > MAX_BYTES) {
            throw new AssetTooLargeException(file.getSize(), MAX_BYTES);
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        }

        // S3 verifies the upload against Content-MD5 (RFC 1864), which is
        // defined as MD5; the hex form doubles as the asset's dedupe/ETag value.
        byte[] md5 = contentMd5(bytes);

        String key = "sites/%d/assets/%s".formatted(siteId, UUID.randomUUID());
        PutObjectRequest put = PutObjectRequest.builder()
                .bucket(props.bucket())
                .key(key)
                .contentType(file.getContentType())
                .contentLength((long) bytes.length)
                .contentMD5(Base64.getEncoder().encodeToString(md5))
                .build();
        s3.putObject(put, RequestBody.fromBytes(bytes));

        Asset asset = new Asset();
        asset.setSiteId(siteId);
        asset.setStorageKey(key);
        asset.setOriginalName(file.getOriginalFilename());
        asset.setContentType(file.getContentType());
        asset.setSizeBytes(bytes.length);
        asset.setChecksum(HexFormat.of().formatHex(md5));
        asset.setUploadedAt(Instant.now(clock));
        log.debug("stored asset {} for site {}", key, siteId);
        return assets.save(asset);
    }

    private static byte[] contentMd5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 not available", e);
        }
    }
}
