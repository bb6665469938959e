class ReportsController < ApplicationController
  before_action :authenticate_user!
  before_action :set_report, only: %i[show download destroy]

  def index
    @reports = current_account.reports.order(created_at: :desc).page(params[:page])
  end

  def show
  end

  def new
    @report = current_account.reports.build(kind: params[:kind])
  end

  def create
    @report = current_account.reports.build(report_params.merge(requested_by: current_user))

    if @report.save
      GenerateReportJob.perform_later(@report.id)
      redirect_to reports_path, notice: "Report queued. We'll email you when it's ready."
    else
      render :new, status: :unprocessable_entity
    end
  end

  def download
    unless @report.ready?
      redirect_to @report, alert: "This report is still being generated."
      return
    end

    send_file @report.file_path,
              filename: @report.download_name,
              type: "text/csv",
              disposition: "attachment"
  end

  def destroy
    @report.destroy!
    redirect_to reports_path, notice: "Report deleted."
  end

  private

  def set_report
    @report = current_account.reports.find(params[:id])
  end

  def report_params
    params.require(:report).permit(:kind, :starts_on, :ends_on, :format)
  end
end
