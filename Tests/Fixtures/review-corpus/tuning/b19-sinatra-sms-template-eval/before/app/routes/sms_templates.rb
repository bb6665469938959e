# frozen_string_literal: true

require "sinatra/base"
require "sinatra/json"
require_relative "../models/sms_template"
require_relative "../services/sms_gateway"

module Notify
  class SmsTemplatesApp < Sinatra::Base
    helpers Sinatra::JSON

    MAX_SMS_LENGTH = 459 # three concatenated segments
    PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/

    SAMPLE_VARS = {
      "first_name" => "Sam",
      "order_number" => "A-10492",
      "delivery_date" => "Thursday 14 March",
      "tracking_url" => "https://trk.example.com/A10492"
    }.freeze

    before do
      content_type :json
      halt 401, json(error: "unauthorised") unless env["notify.account"]
    end

    helpers do
      def account
        env["notify.account"]
      end

      def payload
        @payload ||= JSON.parse(request.body.read)
      rescue JSON::ParserError
        halt 400, json(error: "invalid json")
      end

      def render_template(body, vars)
        body.gsub(PLACEHOLDER) { vars.fetch(Regexp.last_match(1), "") }
      end
    end

    get "/sms-templates" do
      json SmsTemplate.where(account_id: account.id).order(:name).map(&:as_api)
    end

    post "/sms-templates" do
      template = SmsTemplate.new(account_id: account.id, name: payload["name"], body: payload["body"])
      halt 422, json(errors: template.errors.full_messages) unless template.save
      status 201
      json template.as_api
    end

    post "/sms-templates/preview" do
      body = payload["body"].to_s
      vars = SAMPLE_VARS.merge(payload.fetch("vars", {}).transform_keys(&:to_s))
      text = render_template(body, vars)
      json text: text, length: text.length, segments: (text.length / 153.0).ceil,
           too_long: text.length > MAX_SMS_LENGTH
    end

    post "/sms-templates/:id/send-test" do
      template = SmsTemplate.first(id: params[:id], account_id: account.id) or halt 404
      text = render_template(template.body, SAMPLE_VARS)
      SmsGateway.deliver(to: account.test_phone_number, text: text)
      json sent: true
    end
  end
end