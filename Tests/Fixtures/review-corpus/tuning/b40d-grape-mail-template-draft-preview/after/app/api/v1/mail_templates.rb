# frozen_string_literal: true

module V1
  class MailTemplates < Grape::API
    before { authenticate!; authorize!(:manage, :campaigns) }

    helpers do
      def sample_vars
        {
          "first_name" => current_user.first_name,
          "company" => current_account.name,
          "unsubscribe_url" => "https://example.invalid/unsubscribe"
        }
      end

      # "advanced" templates (imported from the old mailer) use ERB; everything else is Liquid.
      def render_body(source, engine = "liquid")
        if engine == "erb"
          ERB.new(source).result_with_hash(vars: sample_vars)
        else
          Liquid::Template.parse(source, error_mode: :strict).render(sample_vars)
        end
      end
    end

    resource :mail_templates do
      desc "List templates for the current account"
      get do
        present current_account.mail_templates.order(:name), with: Entities::MailTemplate
      end

      route_param :id, type: Integer do
        desc "Render a saved template, or an unsaved draft from the editor, with sample data"
        params do
          optional :draft_body, type: String
          optional :engine, type: String, values: %w[liquid erb], default: "liquid"
        end
        post :preview do
          template = current_account.mail_templates.find(params[:id])
          source = params[:draft_body].presence || template.body
          { subject: template.subject, html: render_body(source, params[:engine]) }
        end
      end
    end
  end
end
