<?php
/**
 * CSV export of captured leads for site admins.
 */

defined( 'ABSPATH' ) || exit;

class Lead_Capture_Export {

    public function register() {
        add_action( 'wp_ajax_lc_export_leads', array( $this, 'handle_export' ) );
    }

    public function handle_export() {
        check_ajax_referer( 'lc_export_leads', 'nonce' );

        if ( ! current_user_can( 'manage_options' ) ) {
            wp_send_json_error( array( 'message' => 'Forbidden' ), 403 );
        }

        global $wpdb;
        $form_id = isset( $_GET['form_id'] ) ? absint( $_GET['form_id'] ) : 0;
        $rows    = $wpdb->get_results(
            $wpdb->prepare(
                "SELECT email, first_name, last_name, phone, created_at FROM {$wpdb->prefix}lc_leads WHERE form_id = %d ORDER BY created_at DESC",
                $form_id
            ),
            ARRAY_A
        );

        header( 'Content-Type: text/csv; charset=utf-8' );
        header( 'Content-Disposition: attachment; filename=leads-' . $form_id . '.csv' );
        $out = fopen( 'php://output', 'w' );
        fputcsv( $out, array( 'email', 'first_name', 'last_name', 'phone', 'created_at' ) );
        foreach ( $rows as $row ) {
            fputcsv( $out, $row );
        }
        fclose( $out );
        wp_die();
    }
}
