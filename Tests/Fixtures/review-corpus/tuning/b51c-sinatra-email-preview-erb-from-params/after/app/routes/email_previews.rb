# frozen_string_literal: true

require "sinatra/base"
require_relative "../helpers/auth_helpers"

module Mailroom
  class EmailPreviews < Sinatra::Base
    helpers AuthHelpers

    set :views, File.expand_path("../views/emails", __dir__)

    TEMPLATES = %w[welcome password_reset invoice_ready trial_ending].freeze

    before { require_login! }

    get "/previews" do
      erb :"previews/index", locals: { templates: TEMPLATES }
    end

    get "/previews/:template" do
      halt 404 unless TEMPLATES.include?(params[:template])

      erb params[:template].to_sym,
          layout: :email_layout,
          locals: { user: sample_user, account: current_account }
    end

    # Live preview for the campaign editor: renders the draft body the same way
    # the mailer will, so merge tags like <%= user.first_name %> show real values.
    post "/previews/custom" do
      draft = params.fetch("body", "").to_s
      halt 422, "empty draft" if draft.strip.empty?

      erb draft,
          layout: :email_layout,
          locals: { user: sample_user, account: current_account }
    end
  end
end
