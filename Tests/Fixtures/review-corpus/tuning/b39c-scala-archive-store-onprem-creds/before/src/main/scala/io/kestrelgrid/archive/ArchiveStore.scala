package io.kestrelgrid.archive

import java.nio.file.Path

import scala.util.Try

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider
import software.amazon.awssdk.core.sync.RequestBody
import software.amazon.awssdk.regions.Region
import software.amazon.awssdk.services.s3.S3Client
import software.amazon.awssdk.services.s3.model.{PutObjectRequest, ServerSideEncryption, StorageClass}

final class ArchiveStore(bucket: String, region: Region) extends AutoCloseable {

  private val s3: S3Client = S3Client
    .builder()
    .region(region)
    .credentialsProvider(DefaultCredentialsProvider.create())
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
  def fromEnv(): ArchiveStore =
    new ArchiveStore(sys.env("ARCHIVE_BUCKET"), Region.of(sys.env.getOrElse("AWS_REGION", "eu-west-1")))
}
