<?php
/**
 * Streams generated CSV exports to shop managers.
 *
 * @package Acme_Order_Exports
 */

defined( 'ABSPATH' ) || exit;

class Acme_Export_Download {

	const ACTION = 'acme_export_download';

	public function register() {
		add_action( 'admin_post_' . self::ACTION, array( $this, 'handle' ) );
	}

	public static function url( $file ) {
		return wp_nonce_url(
			add_query_arg(
				array(
					'action' => self::ACTION,
					'file'   => rawurlencode( $file ),
				),
				admin_url( 'admin-post.php' )
			),
			self::ACTION
		);
	}

	protected function export_dir() {
		$uploads = wp_upload_dir();
		return trailingslashit( $uploads['basedir'] ) . 'acme-exports';
	}

	public function handle() {
		if ( ! current_user_can( 'view_woocommerce_reports' ) ) {
			wp_die( esc_html__( 'You are not allowed to download exports.', 'acme-order-exports' ), 403 );
		}

		check_admin_referer( self::ACTION );

		if ( empty( $_GET['file'] ) ) {
			wp_die( esc_html__( 'No export selected.', 'acme-order-exports' ), 400 );
		}

		// Exports are now grouped per year, e.g. "2024/orders-2024-03.csv".
		$file = sanitize_text_field( wp_unslash( $_GET['file'] ) );
		$file = ltrim( str_replace( '\\', '/', $file ), '/' );
		$path = trailingslashit( $this->export_dir() ) . $file;

		if ( ! is_readable( $path ) ) {
			wp_die( esc_html__( 'Export not found.', 'acme-order-exports' ), 404 );
		}

		nocache_headers();
		header( 'Content-Type: text/csv; charset=utf-8' );
		header( 'Content-Disposition: attachment; filename="' . sanitize_file_name( basename( $file ) ) . '"' );
		header( 'Content-Length: ' . filesize( $path ) );

		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_read_readfile
		readfile( $path );
		exit;
	}
}
