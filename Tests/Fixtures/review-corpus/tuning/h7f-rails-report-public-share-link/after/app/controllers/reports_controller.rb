# frozen_string_literal: true

class ReportsController < ApplicationController
  before_action :authenticate_user!, except: :shared
  before_action :set_report, only: %i[show edit update destroy]
  after_action :verify_authorized, except: %i[index shared]

  def index
    @reports = policy_scope(Report).order(updated_at: :desc).page(params[:page])
  end

  def show
    authorize @report
    @rows = @report.rows.limit(500)
  end

  # Read-only view for people outside the workspace. Share links are created
  # by report editors, carry a has_secure_token value (24 random chars), and
  # ShareLink.usable excludes revoked and expired links.
  def shared
    link = ShareLink.usable.find_by(token: params[:token].to_s)
    return head(:not_found) if link.nil?

    link.touch(:last_viewed_at)
    @report = link.report
    @rows = @report.rows.limit(500)
    response.headers["X-Robots-Tag"] = "noindex"
    render :show, layout: "public", locals: { read_only: true }
  end

  def new
    @report = current_workspace.reports.new
    authorize @report
  end

  def create
    @report = current_workspace.reports.new(report_params.merge(author: current_user))
    authorize @report

    if @report.save
      redirect_to @report, notice: "Report created."
    else
      render :new, status: :unprocessable_entity
    end
  end

  def edit
    authorize @report
  end

  def update
    authorize @report

    if @report.update(report_params)
      redirect_to @report, notice: "Report updated."
    else
      render :edit, status: :unprocessable_entity
    end
  end

  def destroy
    authorize @report
    @report.destroy!
    redirect_to reports_path, notice: "Report deleted.", status: :see_other
  end

  private

  def set_report
    @report = current_workspace.reports.find(params[:id])
  end

  def report_params
    params.require(:report).permit(:title, :description, :query_definition, :visibility)
  end
end
