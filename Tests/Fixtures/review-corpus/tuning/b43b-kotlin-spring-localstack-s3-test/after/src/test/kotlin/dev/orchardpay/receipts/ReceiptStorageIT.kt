package dev.orchardpay.receipts

import org.assertj.core.api.Assertions.assertThat
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
class ReceiptStorageIT {

    @Container
    private val localstack = LocalStackContainer(DockerImageName.parse("localstack/localstack:3.4"))
        .withServices(S3)

    private lateinit var storage: ReceiptStorage

    @BeforeAll
    fun setUp() {
        val s3 = S3Client.builder()
            .endpointOverride(localstack.getEndpointOverride(S3))
            .region(Region.of(localstack.region))
            // LocalStack accepts any credentials; these are its documented defaults.
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .forcePathStyle(true)
            .build()
        s3.createBucket { it.bucket("receipts-it") }
        storage = ReceiptStorage(s3, bucket = "receipts-it")
    }

    @Test
    fun `stores and reads back a receipt pdf`() {
        val key = storage.put(orderId = 4211, bytes = "%PDF-1.7 fake".toByteArray())
        assertThat(key).startsWith("orders/4211/")
        assertThat(storage.get(key)).isEqualTo("%PDF-1.7 fake".toByteArray())
    }
}
