# frozen_string_literal: true

module Parcelbay
  module Routes
    # Three-step onboarding wizard for new merchants: business details,
    # shipping origin, and carrier accounts.
    class Onboarding < Base
      STEPS = %w[business origin carriers].freeze

      helpers do
        # The wizard state used to live in the cookie session, but the carrier
        # step pushed it past the 4KB cookie limit. It now round-trips through
        # a hidden field in each step's form instead.
        def wizard_state
          @wizard_state ||= decode_state(params[:wizard_state]) ||
                            { "step" => STEPS.first, "data" => {} }
        end

        def save_wizard_state(state)
          @wizard_state = state
        end

        def encoded_wizard_state
          Base64.urlsafe_encode64(Zlib::Deflate.deflate(Marshal.dump(wizard_state)))
        end

        def decode_state(raw)
          return nil if raw.nil? || raw.empty?

          Marshal.load(Zlib::Inflate.inflate(Base64.urlsafe_decode64(raw)))
        rescue ArgumentError, Zlib::Error
          nil
        end

        def current_step
          STEPS.include?(params[:step]) ? params[:step] : wizard_state["step"]
        end
      end

      before "/onboarding*" do
        halt redirect("/login") unless current_merchant
      end

      get "/onboarding" do
        erb :"onboarding/#{current_step}", locals: { state: wizard_state }
      end

      post "/onboarding/:step" do
        state = wizard_state
        step = current_step
        form = OnboardingForms.fetch(step).new(params.fetch("form", {}))

        unless form.valid?
          return erb(:"onboarding/#{step}", locals: { state: state, form: form })
        end

        state["data"][step] = form.to_h
        next_step = STEPS[STEPS.index(step) + 1]

        if next_step
          state["step"] = next_step
          save_wizard_state(state)
          erb :"onboarding/#{next_step}", locals: { state: state, wizard_state: encoded_wizard_state }
        else
          Merchants::CompleteOnboarding.call(current_merchant, state["data"])
          redirect "/dashboard"
        end
      end
    end
  end
end
