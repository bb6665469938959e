<?php
/**
 * Admin screens for Acme Newsletter.
 *
 * @package Acme_Newsletter
 */

defined( 'ABSPATH' ) || exit;

class Acme_Newsletter_Admin {

	public function register() {
		add_action( 'admin_menu', array( $this, 'menu' ) );
		add_action( 'admin_post_acme_nl_save', array( $this, 'save_settings' ) );
		add_action( 'admin_post_acme_nl_purge', array( $this, 'purge_unconfirmed' ) );
		add_action( 'admin_post_acme_nl_export', array( $this, 'export_csv' ) );
	}

	public function menu() {
		add_options_page( 'Newsletter', 'Newsletter', 'manage_options', 'acme-newsletter', array( $this, 'render' ) );
	}

	public function save_settings() {
		$this->authorize( 'acme_nl_save' );

		$sender = isset( $_POST['sender_email'] ) ? sanitize_email( wp_unslash( $_POST['sender_email'] ) ) : '';
		$double = ! empty( $_POST['double_opt_in'] );

		update_option( 'acme_nl_sender_email', $sender );
		update_option( 'acme_nl_double_opt_in', $double ? 'yes' : 'no' );

		wp_safe_redirect( add_query_arg( 'updated', '1', $this->page_url() ) );
		exit;
	}

	public function purge_unconfirmed() {
		$this->authorize( 'acme_nl_purge' );

		global $wpdb;
		$days    = max( 1, absint( $_POST['older_than_days'] ?? 30 ) );
		$deleted = $wpdb->query(
			$wpdb->prepare(
				"DELETE FROM {$wpdb->prefix}acme_nl_subscribers WHERE status = 'pending' AND created_at < DATE_SUB( NOW(), INTERVAL %d DAY )",
				$days
			)
		);

		wp_safe_redirect( add_query_arg( 'purged', (int) $deleted, $this->page_url() ) );
		exit;
	}

	public function export_csv() {
		$this->authorize( 'acme_nl_export' );

		global $wpdb;
		$rows = $wpdb->get_results(
			"SELECT email, status, created_at FROM {$wpdb->prefix}acme_nl_subscribers WHERE status = 'confirmed' ORDER BY created_at",
			ARRAY_N
		);

		nocache_headers();
		header( 'Content-Type: text/csv; charset=utf-8' );
		header( 'Content-Disposition: attachment; filename="subscribers-' . gmdate( 'Y-m-d' ) . '.csv"' );
		$out = fopen( 'php://output', 'w' );
		fputcsv( $out, array( 'email', 'status', 'subscribed_at' ) );
		foreach ( $rows as $row ) {
			fputcsv( $out, $row );
		}
		fclose( $out );
		exit;
	}

	public function render() {
		require __DIR__ . '/views/settings.php';
	}

	private function page_url() {
		return admin_url( 'options-general.php?page=acme-newsletter' );
	}

	/**
	 * Shared by every admin-post handler above: capability first, then the per-action nonce.
	 */
	private function authorize( $nonce_action ) {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'You are not allowed to do that.', 'acme-newsletter' ), 403 );
		}
		check_admin_referer( $nonce_action );
	}
}
