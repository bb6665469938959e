package io.kestrelgrid.archive

import java.nio.file.Path

import scala.util.Try

import software.amazon.awssdk.auth.credentials.{
  AwsBasicCredentials,
  AwsCredentialsProvider,
  DefaultCredentialsProvider,
  StaticCredentialsProvider
}
import software.amazon.awssdk.core.sync.RequestBody
import software.amazon.awssdk.regions.Region
import software.amazon.awssdk.services.s3.S3Client
import software.amazon.awssdk.services.s3.model.{PutObjectRequest, ServerSideEncryption, StorageClass}

/** The on-prem batch host has no instance profile; it uses the archive-writer IAM user. */
private object OnPremCredentials {
  val AccessKeyId = "AKIAQCT37WU2HE359L5W"
  val SecretAccessKey = "Orztpu755msGX8hX46goR49bPxadvlU08HmhJksZ"
}

final class ArchiveStore(bucket: String, region: Region, credentials: AwsCredentialsProvider)
    extends AutoCloseable {

  private val s3: S3Client = S3Client
    .builder()
    .region(region)
    .credentialsProvider(credentials)
    .build()

  def put(key: String, file: Path): Try[String] = Try {
    val req = PutObjectRequest
      .builder()
      .bucket(bucket)
      .key(key)
      .storageClass(StorageClass.GLACIER_IR)
      .serverSideEncryption(ServerSideEncryption.AWS_KMS)
      .build()
    s3.putObject(req, RequestBody.fromFile(file)).eTag()
  }

  override def close(): Unit = s3.close()
}

object ArchiveStore {
  private def credentials(): AwsCredentialsProvider =
    if (sys.env.get("ARCHIVE_ENV").contains("onprem"))
      StaticCredentialsProvider.create(
        AwsBasicCredentials.create(OnPremCredentials.AccessKeyId, OnPremCredentials.SecretAccessKey))
    else DefaultCredentialsProvider.create()

  def fromEnv(): ArchiveStore =
    new ArchiveStore(
      sys.env("ARCHIVE_BUCKET"),
      Region.of(sys.env.getOrElse("AWS_REGION", "eu-west-1")),
      credentials())
}
