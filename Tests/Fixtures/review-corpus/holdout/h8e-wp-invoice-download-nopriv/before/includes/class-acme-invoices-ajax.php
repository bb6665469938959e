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
	}

	public static function list_invoices() {
		check_ajax_referer( 'acme_invoices', 'nonce' );

		if ( ! is_user_logged_in() ) {
			wp_send_json_error( 'forbidden', 403 );
		}

		$invoices = Acme_Invoices_Store::for_customer( get_current_user_id() );
		wp_send_json_success( $invoices );
	}
}
