# frozen_string_literal: true

# Every spec runs against a stubbed S3 client; nothing here talks to AWS.
module S3Stubs
  # AWS's documented example key pair. Setting static credentials stops the SDK walking the
  # credential provider chain, which on CI runners hung for ~5s per client probing the
  # instance metadata endpoint.
  FAKE_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
  FAKE_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

  def stub_s3_object(key, body:, content_type: "application/octet-stream")
    s3_client.stub_data(:get_object, body: body, content_type: content_type)
    s3_client.stub_responses(:head_object, content_length: body.bytesize)
    key
  end

  def s3_client
    Aws::S3::Client.new
  end
end

RSpec.configure do |config|
  config.include S3Stubs

  config.before(:suite) do
    Aws.config.update(
      stub_responses: true,
      region: "us-east-1",
      credentials: Aws::Credentials.new(S3Stubs::FAKE_ACCESS_KEY_ID, S3Stubs::FAKE_SECRET_ACCESS_KEY)
    )
  end
end
