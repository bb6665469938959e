class ReportsController < ApplicationController
  before_action :authenticate_user!, except: %i[index export]
  before_action :require_analyst!, only: %i[show]

  def index
    @reports = Report.published
  end

  def show
    @report = Report.find(params[:id])
  end

  def export
    send_data Report.find(params[:id]).to_csv, filename: "report.csv"
  end
end