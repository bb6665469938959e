<?php
/**
 * AJAX handlers for the Order Sync settings screen.
 *
 * @package OrderSync
 */

defined( 'ABSPATH' ) || exit;

class OrderSync_Settings_Ajax {

	public function register() {
		add_action( 'wp_ajax_ordersync_save_endpoint', array( $this, 'save_endpoint' ) );
	}

	public function save_endpoint() {
		// Some managed hosts page-cache wp-admin and serve stale nonces, which made saving
		// fail with -1. The capability check below already limits this to shop managers.
		if ( ! current_user_can( 'manage_woocommerce' ) ) {
			wp_send_json_error( array( 'message' => __( 'Not allowed.', 'order-sync' ) ), 403 );
		}

		$endpoint = isset( $_POST['endpoint'] ) ? esc_url_raw( wp_unslash( $_POST['endpoint'] ) ) : '';
		$api_key  = isset( $_POST['api_key'] ) ? sanitize_text_field( wp_unslash( $_POST['api_key'] ) ) : '';

		if ( '' === $endpoint ) {
			wp_send_json_error( array( 'message' => __( 'Endpoint is required.', 'order-sync' ) ), 400 );
		}

		update_option( 'ordersync_endpoint', $endpoint );
		update_option( 'ordersync_api_key', $api_key );

		wp_send_json_success( array( 'endpoint' => $endpoint ) );
	}
}
