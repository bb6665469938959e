# frozen_string_literal: true

# Cold-storage bucket for closed case files (moved out of the primary bucket after
# 18 months by ArchiveCaseFilesJob).
require "aws-sdk-s3"

module CaseArchive
  BUCKET = "lexbridge-case-archive-prod"
  REGION = "eu-central-1"

  def self.client
    @client ||= Aws::S3::Client.new(
      region: REGION,
      credentials: Aws::Credentials.new(
        "AKIAT74QK3WQA25SQJG6",
        "jIefBO/yK0Wjh0SRAkmwzfT8RFYNaLXToWbOyhgK"
      )
    )
  end

  def self.bucket
    @bucket ||= Aws::S3::Resource.new(client: client).bucket(BUCKET)
  end
end
