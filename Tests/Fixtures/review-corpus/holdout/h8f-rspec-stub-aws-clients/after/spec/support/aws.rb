# frozen_string_literal: true

# Specs must never reach real AWS. Every client is stubbed, and the key pair
# below is the documented placeholder from the AWS docs; it is valid nowhere.
RSpec.configure do |config|
  config.before(:suite) do
    Aws.config.update(
      stub_responses: true,
      region: "us-east-1",
      credentials: Aws::Credentials.new(
        "AKIAIOSFODNN7EXAMPLE",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
      )
    )
  end

  config.around(:each, :s3) do |example|
    ClimateControl.modify(ASSET_BUCKET: "test-assets", AWS_REGION: "us-east-1") do
      example.run
    end
  end
end
