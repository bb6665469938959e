package com.ledgerly.archive

import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import org.testcontainers.containers.localstack.LocalStackContainer
import org.testcontainers.containers.localstack.LocalStackContainer.Service.S3
import org.testcontainers.junit.jupiter.Container
import org.testcontainers.junit.jupiter.Testcontainers
import org.testcontainers.utility.DockerImageName
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider
import software.amazon.awssdk.regions.Region
import software.amazon.awssdk.services.s3.S3Client

@Testcontainers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3ArchiveStoreTest {

    @Container
    val localstack = LocalStackContainer(DockerImageName.parse("localstack/localstack:3.4")).withServices(S3)

    private lateinit var store: S3ArchiveStore

    @BeforeAll
    fun setUp() {
        val s3 = S3Client.builder()
            .endpointOverride(localstack.getEndpointOverride(S3))
            .region(Region.of(localstack.region))
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(localstack.accessKey, localstack.secretKey)),
            )
            .forcePathStyle(true)
            .build()
        s3.createBucket { it.bucket("archive-test") }
        store = S3ArchiveStore(s3, bucket = "archive-test")
    }

    @Test
    fun `round-trips a statement archive`() {
        val bytes = "statement-2024-05".toByteArray()
        store.put("acct-1/2024-05.pdf", bytes)
        assertArrayEquals(bytes, store.get("acct-1/2024-05.pdf"))
    }
}
