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
	}

	public function menu() {
		add_options_page( 'Newsletter', 'Newsletter', 'manage_options', 'acme-newsletter', array( $this, 'render' ) );
	}

	public function save_settings() {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'You are not allowed to do that.', 'acme-newsletter' ), 403 );
		}
		check_admin_referer( 'acme_nl_save' );

		$sender = isset( $_POST['sender_email'] ) ? sanitize_email( wp_unslash( $_POST['sender_email'] ) ) : '';
		$double = ! empty( $_POST['double_opt_in'] );

		update_option( 'acme_nl_sender_email', $sender );
		update_option( 'acme_nl_double_opt_in', $double ? 'yes' : 'no' );

		wp_safe_redirect( add_query_arg( 'updated', '1', admin_url( 'options-general.php?page=acme-newsletter' ) ) );
		exit;
	}

	public function purge_unconfirmed() {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'You are not allowed to do that.', 'acme-newsletter' ), 403 );
		}
		check_admin_referer( 'acme_nl_purge' );

		global $wpdb;
		$days    = max( 1, absint( $_POST['older_than_days'] ?? 30 ) );
		$deleted = $wpdb->query(
			$wpdb->prepare(
				"DELETE FROM {$wpdb->prefix}acme_nl_subscribers WHERE status = 'pending' AND created_at < DATE_SUB( NOW(), INTERVAL %d DAY )",
				$days
			)
		);

		wp_safe_redirect( add_query_arg( 'purged', (int) $deleted, admin_url( 'options-general.php?page=acme-newsletter' ) ) );
		exit;
	}

	public function render() {
		require __DIR__ . '/views/settings.php';
	}
}
