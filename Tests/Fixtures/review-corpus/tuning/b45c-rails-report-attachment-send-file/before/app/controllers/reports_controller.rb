# frozen_string_literal: true

class ReportsController < ApplicationController
  before_action :authenticate_user!
  before_action :set_report

  def show
    @attachments = @report.attachment_names
  end

  def download
    send_file @report.pdf_path,
              type: "application/pdf",
              filename: "#{@report.slug}.pdf",
              disposition: "attachment"
  end

  private

  def set_report
    @report = current_account.reports.find(params[:id])
  end
end
