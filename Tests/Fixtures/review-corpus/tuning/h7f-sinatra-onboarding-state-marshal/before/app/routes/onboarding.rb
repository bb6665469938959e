# frozen_string_literal: true

module Parcelbay
  module Routes
    # Three-step onboarding wizard for new merchants: business details,
    # shipping origin, and carrier accounts.
    class Onboarding < Base
      STEPS = %w[business origin carriers].freeze

      helpers do
        def wizard_state
          session[:onboarding] ||= { "step" => STEPS.first, "data" => {} }
        end

        def save_wizard_state(state)
          session[:onboarding] = state
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
          redirect "/onboarding?step=#{next_step}"
        else
          Merchants::CompleteOnboarding.call(current_merchant, state["data"])
          session.delete(:onboarding)
          redirect "/dashboard"
        end
      end
    end
  end
end
