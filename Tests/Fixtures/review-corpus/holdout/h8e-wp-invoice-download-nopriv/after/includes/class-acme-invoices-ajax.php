<?php
/**
 * AJAX handlers for the Acme Invoices plugin.
 *
 * @package AcmeInvoices
 */

defined( 'ABSPATH' ) || exit;

class Acme_Invoices_Ajax {

	public static function register() {
		add_action( 'wp_ajax_acme_invoice_list', array( __CLASS__, 'list_invoices' ) );
		add_action( 'wp_ajax_acme_invoice_download', array( __CLASS__, 'download' ) );
		// Invoice emails link straight to the PDF, and guests checking out have no account.
		add_action( 'wp_ajax_nopriv_acme_invoice_download', array( __CLASS__, 'download' ) );
	}

	public static function list_invoices() {
		check_ajax_referer( 'acme_invoices', 'nonce' );

		if ( ! is_user_logged_in() ) {
			wp_send_json_error( 'forbidden', 403 );
		}

		$invoices = Acme_Invoices_Store::for_customer( get_current_user_id() );
		wp_send_json_success( $invoices );
	}

	public static function download() {
		$file = isset( $_GET['file'] ) ? wp_unslash( $_GET['file'] ) : '';
		$path = trailingslashit( wp_upload_dir()['basedir'] ) . 'acme-invoices/' . $file;

		if ( '' === $file || ! file_exists( $path ) ) {
			status_header( 404 );
			exit;
		}

		header( 'Content-Type: application/pdf' );
		header( 'Content-Disposition: attachment; filename="' . basename( $path ) . '"' );
		readfile( $path );
		exit;
	}
}
