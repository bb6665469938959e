<?php
/**
 * "Load more" pagination for the events archive.
 */

if ( ! defined( 'ABSPATH' ) ) {
    exit;
}

add_action( 'wp_ajax_el_load_more', 'el_ajax_load_more' );
add_action( 'wp_ajax_nopriv_el_load_more', 'el_ajax_load_more' );

function el_ajax_load_more() {
    check_ajax_referer( 'el_load_more', 'nonce' );

    $paged    = isset( $_POST['page'] ) ? absint( $_POST['page'] ) : 1;
    $category = isset( $_POST['category'] ) ? sanitize_key( wp_unslash( $_POST['category'] ) ) : '';

    $args = array(
        'post_type'      => 'el_event',
        'post_status'    => 'publish',
        'posts_per_page' => 12,
        'paged'          => max( 1, $paged ),
        'meta_key'       => 'el_start_date',
        'orderby'        => 'meta_value',
        'order'          => 'ASC',
    );
    if ( '' !== $category ) {
        $args['tax_query'] = array(
            array( 'taxonomy' => 'el_event_category', 'field' => 'slug', 'terms' => $category ),
        );
    }
    $query = new WP_Query( $args );

    ob_start();
    while ( $query->have_posts() ) {
        $query->the_post();
        get_template_part( 'template-parts/event', 'card' );
    }
    wp_reset_postdata();

    wp_send_json_success(
        array(
            'html'     => ob_get_clean(),
            'has_more' => $paged < $query->max_num_pages,
        )
    );
}
