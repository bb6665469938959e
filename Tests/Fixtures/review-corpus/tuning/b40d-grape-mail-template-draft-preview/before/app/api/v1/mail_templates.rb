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

      def render_body(source)
        Liquid::Template.parse(source, error_mode: :strict).render(sample_vars)
      end
    end

    resource :mail_templates do
      desc "List templates for the current account"
      get do
        present current_account.mail_templates.order(:name), with: Entities::MailTemplate
      end

      route_param :id, type: Integer do
        desc "Render a saved template with sample data"
        get :preview do
          template = current_account.mail_templates.find(params[:id])
          { subject: template.subject, html: render_body(template.body) }
        end
      end
    end
  end
end
