# frozen_string_literal: true

require "sinatra/base"
require "sinatra/json"
require "erb"
require "json"

require_relative "../models/campaign"
require_relative "../models/subscriber"
require_relative "../helpers/session_helpers"

module Mailroom
  # Lets marketers tweak a campaign's e-mail template in the browser and see
  # the rendered result for a sample subscriber before saving it.
  class TemplatePreviewApp < Sinatra::Base
    helpers Sinatra::JSON
    helpers SessionHelpers

    set :protection, except: :json_csrf

    before do
      require_login!
    end

    SampleSubscriber = Struct.new(:first_name, :last_name, :email, :plan, :unsubscribe_url, keyword_init: true)

    helpers do
      def sample_subscriber(campaign)
        real = Subscriber.where(list_id: campaign.list_id).order(:id).first
        return real if real

        SampleSubscriber.new(
          first_name: "Ada",
          last_name: "Lovelace",
          email: "ada@example.com",
          plan: "pro",
          unsubscribe_url: "https://mail.example.com/u/sample"
        )
      end

      def render_template(source, campaign, subscriber)
        # Locals visible to the template: campaign, subscriber
        ERB.new(source, trim_mode: "-").result(binding)
      end
    end

    get "/campaigns/:id/preview" do
      campaign = Campaign.for_account(current_account).find(params[:id])
      html = render_template(campaign.body_template, campaign, sample_subscriber(campaign))
      content_type :html
      html
    end

    post "/campaigns/:id/preview" do
      campaign = Campaign.for_account(current_account).find(params[:id])
      payload = JSON.parse(request.body.read)
      source = payload.fetch("template", campaign.body_template).to_s
      halt 413, json(error: "template too large") if source.bytesize > 200_000

      begin
        html = render_template(source, campaign, sample_subscriber(campaign))
      rescue SyntaxError, StandardError => e
        halt 422, json(error: "template error", message: e.message)
      end

      json(html: html, subject: campaign.subject)
    end
  end
end