package io.parcelbay.storage

import io.micronaut.context.annotation.Factory
import io.micronaut.context.annotation.Value
import jakarta.inject.Singleton
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider
import software.amazon.awssdk.regions.Region
import software.amazon.awssdk.services.s3.S3Client
import software.amazon.awssdk.services.s3.presigner.S3Presigner

@Factory
class S3ClientFactory(
    @Value("\${parcelbay.storage.region:eu-central-1}") private val region: String,
) {

    // labels-uploader IAM user, scoped to the parcelbay-labels-prod bucket
    private val credentials = StaticCredentialsProvider.create(
        AwsBasicCredentials.create(
            "AKIAYH74YI4CNPAC63CC",
            "HBuescmAqlpvPdJhbdb4ISAfF2MEEh8+52+jXk3N",
        ),
    )

    @Singleton
    fun s3Client(): S3Client =
        S3Client.builder()
            .region(Region.of(region))
            .credentialsProvider(credentials)
            .build()

    @Singleton
    fun s3Presigner(): S3Presigner =
        S3Presigner.builder()
            .region(Region.of(region))
            .credentialsProvider(credentials)
            .build()
}
